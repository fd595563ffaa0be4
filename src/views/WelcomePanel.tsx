// What the right-hand panel shows before anything is selected: how to start.
import type { HealthInfo } from '../../contract/api.ts';

export function WelcomePanel({ health }: { health: HealthInfo | null }) {
  const stats = health?.stats;
  return (
    <section className="panel detail-panel welcome" aria-labelledby="welcome-title" tabIndex={-1}>
      <h2 id="welcome-title">Who said what about whom</h2>
      {stats && (
        <p className="stats-line">
          {stats.articles} articles · {stats.entities} entities · {stats.statements} statements · {stats.relations}{' '}
          relations
        </p>
      )}
      <ol className="howto">
        <li>
          <strong>Search</strong> a name above (press <kbd>/</kbd>), or <strong>click</strong> a node: its panel lists
          what it said and what was said about it, each with the sentence it comes from.
        </li>
        <li>
          <strong>Click a red arrow</strong> (“spoke about”) to read every statement behind it, or press{' '}
          <strong>Statements</strong> above the graph to draw each statement as a node between speaker and target.
        </li>
        <li>
          <strong>Filter</strong> on the left by statement or publication dates, by outlet, or by one article.
        </li>
        <li>
          <strong>Double-click</strong> a node to add its neighbours; collapse them from its panel. Drag nodes to
          arrange them.
        </li>
        <li>
          Click an <strong>article title</strong> to read it with names and quotes highlighted.
        </li>
        <li>The address bar keeps the view: copy it to share exactly what you see.</li>
      </ol>
    </section>
  );
}
