// Only in `npm run dev` (injected by src/integrations/editor-checks.ts): while the content has
// errors, the check's Danish summary lies over the page, so an editor watching the browser sees
// that the change did not work; when the file is fixed, the page reloads with the new content.
// The state comes over Vite's HMR channel; the integration (src/integrations/dev-content-errors.ts)
// injects `listen(<event>)` with the event's name, so the name lives there alone.

/** What the dev server sends (DevErrorState in src/integrations/dev-content-errors.ts). */
interface DevErrorState {
  errors: number;
  summary: string;
}

const OVERLAY_ID = 'vidensbank-indholdsfejl';

function show(state: DevErrorState): void {
  let overlay = document.getElementById(OVERLAY_ID);
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-labelledby', `${OVERLAY_ID}-titel`);
    Object.assign(overlay.style, {
      position: 'fixed',
      inset: '0',
      zIndex: '2147483647',
      overflow: 'auto',
      padding: '2rem',
      background: '#fff',
      color: '#1a1a1a',
      borderTop: '0.5rem solid #b00020',
      font: '1rem/1.5 system-ui, sans-serif',
    });
    const title = document.createElement('h1');
    title.id = `${OVERLAY_ID}-titel`;
    title.textContent = 'Indholdet har fejl';
    const lead = document.createElement('p');
    lead.textContent =
      'Siden nedenunder viser ikke dine seneste ændringer. Ret fejlene herunder, og gem filen: så forsvinder beskeden, og siden vises igen af sig selv.';
    const text = document.createElement('pre');
    Object.assign(text.style, { whiteSpace: 'pre-wrap', font: '0.95rem/1.5 ui-monospace, monospace', background: '#f6f6f6', padding: '1rem' });
    // To look at the page beneath anyway (it shows the last version without errors).
    const hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Skjul beskeden';
    hide.addEventListener('click', () => overlay?.remove());
    overlay.append(title, lead, text, hide);
    document.body.append(overlay);
  }
  overlay.querySelector('pre')!.textContent = state.summary;
}

export function listen(event: string): void {
  const hot = import.meta.hot;
  if (!hot) return;
  let shown = false;
  hot.on(event, (state: DevErrorState) => {
    if (state.errors) {
      show(state);
      shown = true;
    } else if (shown) {
      // Fixed: show the page as it is now.
      location.reload();
    }
  });
  hot.send(`${event}:hent`);
}
