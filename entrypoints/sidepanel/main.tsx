import { render } from 'preact';
import { App } from '../../components/App.tsx';
import { onVerdict, setPdfjsEnvLoader } from '../../components/pipeline.ts';
import { loadPdfjsEnv } from './pdfjs-loader.ts';
import './style.css';

setPdfjsEnvLoader(loadPdfjsEnv);
// Tell the background what the document is, so PDF tabs showing it get the right badge.
onVerdict((url, isConsultation, signals) => {
  void import('../../lib/messaging/index.ts')
    .then((m) => m.sendMessage('documentVerdict', { url, isConsultation, signals }))
    .catch(() => {});
});
// Start loading pdf.js while the UI renders.
void loadPdfjsEnv().catch(() => {});

const src = new URLSearchParams(location.search).get('src');
render(<App src={src} />, document.getElementById('app')!);
