import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './lib/i18n/index.ts';
import { App } from './app/App.tsx';
import './app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
