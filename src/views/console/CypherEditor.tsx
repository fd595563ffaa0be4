// The console's CodeMirror 6 editor: Cypher highlighting, bracket matching, completion
// of labels / relationship types / property keys from the live schema and of keywords,
// Ctrl/Cmd+Enter to run, Alt+↑/↓ through the history, and server errors drawn as a
// diagnostic at their position. CodeMirror owns the text; the parent reads it through
// the handle.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  closeCompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { SchemaInfo } from '../../../contract/api.ts';
import { completionChoices, completionSpot } from '../../core/console/completion.ts';
import { errorRange, type ErrorPosition } from '../../core/console/errorRange.ts';
import { cypherLanguage } from './cypherLanguage.ts';

export interface CypherEditorHandle {
  text(): string;
  setText(text: string): void;
  focus(): void;
  markError(position: ErrorPosition, message: string): void;
  clearError(): void;
}

interface Props {
  initialText: string;
  schema: SchemaInfo | null;
  onRun(): void;
  onHistory(direction: 'older' | 'newer'): void;
  handle: Ref<CypherEditorHandle>;
}

export function CypherEditor({ initialText, schema, onRun, onHistory, handle }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ schema, onRun, onHistory });
  latest.current = { schema, onRun, onHistory };
  const marked = useRef(false);

  useEffect(() => {
    const source = (context: CompletionContext): CompletionResult | null => {
      const text = context.state.doc.toString();
      const spot = completionSpot(text, context.pos);
      if (!spot) return null;
      if (spot.kind === 'keyword' && !spot.prefix && !context.explicit) return null;
      const choices = completionChoices(spot, latest.current.schema);
      if (!choices.length) return null;
      return {
        from: spot.from,
        options: choices.map((choice) => ({
          label: choice.label,
          apply: choice.apply,
          detail: choice.detail,
          type: choice.type,
        })),
        validFor: /^[A-Za-z0-9_]*$/,
      };
    };
    const state = EditorState.create({
      doc: initialText,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: (target) => {
                closeCompletion(target);
                latest.current.onRun();
                return true;
              },
            },
            { key: 'Alt-ArrowUp', run: () => (latest.current.onHistory('older'), true) },
            { key: 'Alt-ArrowDown', run: () => (latest.current.onHistory('newer'), true) },
          ]),
        ),
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        cypherLanguage,
        autocompletion({ override: [source], activateOnTyping: true, icons: false }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
        placeholder('MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p, s LIMIT 25'),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && marked.current) {
            marked.current = false;
            const target = update.view;
            setTimeout(() => target.dispatch(setDiagnostics(target.state, [])));
          }
        }),
      ],
    });
    const editor = new EditorView({ state, parent: host.current! });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // created once: later text comes through the handle, callbacks through `latest`
  }, []);

  useImperativeHandle(handle, () => ({
    text: () => view.current?.state.doc.toString() ?? '',
    setText(text: string) {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch({
        changes: { from: 0, to: editor.state.doc.length, insert: text },
        selection: { anchor: text.length },
      });
    },
    focus: () => view.current?.focus(),
    markError(position: ErrorPosition, message: string) {
      const editor = view.current;
      if (!editor) return;
      const { from, to } = errorRange(editor.state.doc.toString(), position);
      editor.dispatch(setDiagnostics(editor.state, [{ from, to, severity: 'error', message, source: 'server' }]));
      marked.current = true;
    },
    clearError() {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch(setDiagnostics(editor.state, []));
      marked.current = false;
    },
  }));

  return <div className="cypher-editor" ref={host} />;
}
