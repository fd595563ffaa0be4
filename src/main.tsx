import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerPage } from './views/ExplorerPage.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ExplorerPage />
  </StrictMode>,
);
