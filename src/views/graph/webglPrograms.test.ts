import { beforeAll, describe, expect, it, vi } from 'vitest';

// sigma's program modules read WebGL constants when they load; Node has no WebGL. The
// values are WebGL's own.
const GL_CONSTANTS = {
  POINTS: 0x0000,
  LINES: 0x0001,
  TRIANGLES: 0x0004,
  BYTE: 0x1400,
  UNSIGNED_BYTE: 0x1401,
  SHORT: 0x1402,
  UNSIGNED_SHORT: 0x1403,
  INT: 0x1404,
  UNSIGNED_INT: 0x1405,
  FLOAT: 0x1406,
  BOOL: 0x8b56,
};
vi.stubGlobal('WebGLRenderingContext', GL_CONSTANTS);
vi.stubGlobal('WebGL2RenderingContext', GL_CONSTANTS);

type Programs = typeof import('./webglPrograms.ts');
type Rendering = typeof import('sigma/rendering');
let programs: Programs;
let rendering: Rendering;

beforeAll(async () => {
  programs = await import('./webglPrograms.ts');
  rendering = await import('sigma/rendering');
});

interface ProgramInternals {
  array: Float32Array;
  getDefinition(): { VERTICES: number; ATTRIBUTES: { name: string }[]; CONSTANT_ATTRIBUTES?: unknown };
  processVisibleItem(...args: unknown[]): void;
}

/** A program object as sigma's constructor would leave it, without a WebGL context. */
function bare(Program: abstract new (...args: never[]) => object): ProgramInternals {
  return Object.create(Program.prototype as object) as ProgramInternals;
}

const words = (array: Float32Array) => [...new Uint32Array(array.buffer, array.byteOffset, array.length)];

describe('isSoftwareRenderer', () => {
  it('knows software WebGL by its renderer name', () => {
    expect(
      programs.isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(programs.isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(
      programs.isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)'),
    ).toBe(true);
    expect(programs.isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(
      false,
    );
    expect(programs.isSoftwareRenderer('ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)')).toBe(
      false,
    );
    expect(programs.isSoftwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
  });

  it('gives sigma’s instanced programs to a GPU and plain ones to software WebGL', () => {
    const gpu = programs.explorerPrograms('Mesa Intel(R) UHD Graphics 620 (KBL GT2)');
    expect(gpu.drawing).toBe('instanced');
    // sigma's own, only sending their buffers when they changed
    expect(Object.getPrototypeOf(gpu.nodeProgramClasses.circle)).toBe(rendering.NodeCircleProgram);
    expect(Object.getPrototypeOf(gpu.edgeProgramClasses.line)).toBe(rendering.EdgeRectangleProgram);
    expect(programs.explorerPrograms(null).drawing).toBe('instanced');
    const software = programs.explorerPrograms('SwiftShader driver');
    expect(software.drawing).toBe('plain');
    expect(Object.keys(software.edgeProgramClasses).sort()).toStrictEqual(Object.keys(gpu.edgeProgramClasses).sort());
    expect(software.nodeProgramClasses.circle).not.toBe(rendering.NodeCircleProgram);
    expect(software.nodeProgramClasses.circle!.name).toBe('NodeCircleProgramWithoutInstancing');
  });

  it('draws as the page asks, whatever the renderer', () => {
    expect(programs.explorerPrograms('SwiftShader driver', 'instanced').drawing).toBe('instanced');
    expect(programs.explorerPrograms('Mesa Intel(R) UHD Graphics 620 (KBL GT2)', 'plain').drawing).toBe('plain');
    expect(programs.explorerPrograms(null, 'plain').drawing).toBe('plain');
    // anything else is no request
    expect(programs.explorerPrograms('SwiftShader driver', 'fast').drawing).toBe('plain');
    expect(programs.explorerPrograms('Mesa Intel(R) UHD Graphics 620 (KBL GT2)', '').drawing).toBe('instanced');
  });
});

describe('writeVertices', () => {
  it('repeats the record word for word at each vertex, then that vertex’s constants', () => {
    const record = new Float32Array([1.5, -2]);
    // a NaN with a payload, as a packed colour can be: copied as a word, it keeps its bits
    new Uint32Array(record.buffer)[1] = 0x7fc00abc;
    const target = new Float32Array(2 + 3 * 3);
    const layout = {
      vertices: 3,
      itemFloats: 2,
      constantFloats: 1,
      constants: new Float32Array([10, 20, 30]),
      scratch: record,
      scratchWords: new Uint32Array(record.buffer),
      target: null,
      targetWords: new Uint32Array(0),
    };
    programs.writeVertices(target, 2, layout);
    expect(words(target)).toStrictEqual(
      words(new Float32Array([0, 0, 1.5, 0, 10, 1.5, 0, 20, 1.5, 0, 30])).map((word, i) =>
        i === 3 || i === 6 || i === 9 ? 0x7fc00abc : word,
      ),
    );
    // a reallocated buffer is written, not the one before it
    const larger = new Float32Array(11);
    programs.writeVertices(larger, 0, layout);
    expect([...larger.slice(0, 2)]).toStrictEqual([1.5, NaN]);
    expect([larger[2], larger[5], larger[8]]).toStrictEqual([10, 20, 30]);
  });
});

describe('withoutInstancing', () => {
  it('turns the circle program’s constant angle into a per-vertex attribute', () => {
    const program = bare(programs.withoutInstancing(rendering.NodeCircleProgram));
    const definition = program.getDefinition();
    expect('CONSTANT_ATTRIBUTES' in definition).toBe(false);
    expect('CONSTANT_DATA' in definition).toBe(false);
    expect(definition.VERTICES).toBe(3);
    expect(definition.ATTRIBUTES.map((a) => a.name)).toStrictEqual([
      'a_position',
      'a_size',
      'a_color',
      'a_id',
      'a_angle',
    ]);
  });

  it('writes one node as three vertices, each the instanced record and its angle', () => {
    const data = { x: 0.25, y: 0.75, size: 6, color: '#e4572e', hidden: false };
    const id = 123.5;
    const instanced = bare(rendering.NodeCircleProgram);
    instanced.array = new Float32Array(5);
    instanced.processVisibleItem(id, 0, data);

    const plain = bare(programs.withoutInstancing(rendering.NodeCircleProgram));
    plain.getDefinition();
    // the second item of a buffer: 3 vertices of 6 floats each
    plain.array = new Float32Array(2 * 18);
    plain.processVisibleItem(id, 18, data);
    const record = words(instanced.array);
    const angle = (value: number) => words(new Float32Array([value]))[0]!;
    expect(words(plain.array)).toStrictEqual([
      ...new Array<number>(18).fill(0),
      ...record,
      angle(0),
      ...record,
      angle((2 * Math.PI) / 3),
      ...record,
      angle((4 * Math.PI) / 3),
    ]);
  });

  it('writes one edge as the six corners of its rectangle', () => {
    const source = { x: 0, y: 0, size: 4, color: '#000', hidden: false };
    const target = { x: 3, y: 4, size: 4, color: '#000', hidden: false };
    const data = { size: 2, color: '#3d6fb4', hidden: false };
    const instanced = bare(rendering.EdgeRectangleProgram);
    instanced.array = new Float32Array(8);
    instanced.processVisibleItem(7, 0, source, target, data);
    expect([...instanced.array.slice(0, 6)]).toStrictEqual([0, 0, 3, 4, -1.600000023841858, 1.2000000476837158]);

    const plain = bare(programs.withoutInstancing(rendering.EdgeRectangleProgram));
    const definition = plain.getDefinition();
    expect(definition.ATTRIBUTES.map((a) => a.name).slice(-2)).toStrictEqual(['a_positionCoef', 'a_normalCoef']);
    plain.array = new Float32Array(60);
    plain.processVisibleItem(7, 0, source, target, data);
    const record = words(instanced.array);
    const corners = [
      [0, 1],
      [0, -1],
      [1, 1],
      [1, 1],
      [0, -1],
      [1, -1],
    ];
    expect(words(plain.array)).toStrictEqual(
      corners.flatMap((corner) => [...record, ...words(new Float32Array(corner))]),
    );
  });
});

describe('withUploadCache', () => {
  /** A program as sigma's: bindProgram sends the whole buffer to its WebGL program's context. */
  class Recording {
    array = new Float32Array(2);
    process(at: number, value: number): void {
      this.array[at] = value;
    }
    reallocate(capacity: number): void {
      if (capacity !== this.array.length) this.array = new Float32Array(capacity);
    }
    bindProgram(info: { gl: { bufferData(target: number, data: Float32Array): void; bindBuffer(): void } }): void {
      info.gl.bindBuffer();
      info.gl.bufferData(1, this.array);
    }
  }

  /** A WebGL context that records what it is sent; binds are counted too. */
  function context(name: string, log: string[]) {
    const proto = {
      bufferData(_target: number, data: Float32Array) {
        log.push(`${name} sent ${[...data].join(',')}`);
      },
      bindBuffer() {
        log.push(`${name} bound`);
      },
    };
    return { gl: Object.create(proto) as typeof proto };
  }

  it('sends a buffer to each WebGL program once, and again only after a write or a new buffer', () => {
    const log: string[] = [];
    const Cached = programs.withUploadCache(Recording);
    const program = new Cached();
    const normal = context('normal', log);
    const picking = context('picking', log);
    const frame = () => {
      program.bindProgram(picking);
      program.bindProgram(normal);
      log.push('|');
    };
    frame();
    frame();
    program.process(1, 7);
    frame();
    frame();
    program.reallocate(3);
    frame();
    program.reallocate(3);
    frame();
    program.array = new Float32Array([4]);
    frame();
    frame();
    expect(log).toStrictEqual([
      ...['picking bound', 'picking sent 0,0', 'normal bound', 'normal sent 0,0', '|'],
      ...['picking bound', 'normal bound', '|'],
      ...['picking bound', 'picking sent 0,7', 'normal bound', 'normal sent 0,7', '|'],
      ...['picking bound', 'normal bound', '|'],
      ...['picking bound', 'picking sent 0,0,0', 'normal bound', 'normal sent 0,0,0', '|'],
      ...['picking bound', 'picking sent 0,0,0', 'normal bound', 'normal sent 0,0,0', '|'],
      ...['picking bound', 'picking sent 4', 'normal bound', 'normal sent 4', '|'],
      ...['picking bound', 'normal bound', '|'],
    ]);
    // The context's own bufferData is back after each skipped send.
    expect(Object.keys(normal.gl)).toStrictEqual([]);
  });

  it('counts writes per program object: two programs of one class keep their own', () => {
    const log: string[] = [];
    const Cached = programs.withUploadCache(Recording);
    const [shown, hover] = [new Cached(), new Cached()];
    const a = context('a', log);
    const b = context('b', log);
    shown.bindProgram(a);
    hover.bindProgram(b);
    hover.process(0, 5);
    shown.bindProgram(a);
    hover.bindProgram(b);
    expect(log.filter((line) => line.includes('sent'))).toStrictEqual(['a sent 0,0', 'b sent 0,0', 'b sent 5,0']);
  });
});
