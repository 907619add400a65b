// The "Brug uden net" control (src/components/OfflineControl.astro): asks the service worker
// (src/offline/service-worker.js) how big the site is and whether it is saved, and sends it
// save / cancel / remove. Progress is shown in a <progress> and announced in steps of 10 %.
interface Status {
  type: 'status';
  mode: 'all' | 'core';
  total: { files: number; bytes: number };
  coreBytes: number;
  saved: boolean;
  upToDate: boolean;
  busy: { done: number; total: number } | null;
}
type Message = Status | { type: 'progress'; done: number; total: number } | { type: 'saved' | 'cancelled' | 'failed' | 'removed' };

const section = document.getElementById('offline-control');
const summary = document.getElementById('offline-control-summary')!;
const save = document.getElementById('offline-save') as HTMLButtonElement;
const cancel = document.getElementById('offline-cancel') as HTMLButtonElement;
const remove = document.getElementById('offline-remove') as HTMLButtonElement;
const progress = document.getElementById('offline-progress') as HTMLProgressElement;
const live = document.getElementById('offline-control-status')!;

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('da-DK');
let lastStep = -1;
let total = 0;
let saved = false;

async function send(type: string): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type });
}

function show(state: 'save' | 'busy' | 'saved' | 'auto'): void {
  const focused = [save, cancel, remove].find((b) => b === document.activeElement);
  save.hidden = state !== 'save';
  cancel.hidden = state !== 'busy';
  remove.hidden = state !== 'saved';
  progress.hidden = state !== 'busy';
  // Keyboard users keep their place: focus moves to the button that replaced the one they were on.
  if (focused?.hidden) [save, cancel, remove].find((b) => !b.hidden)?.focus();
}

function showProgress(done: number, all: number): void {
  show('busy');
  const percent = all > 0 ? Math.min(100, Math.floor((done / all) * 100)) : 0;
  progress.value = percent;
  const step = Math.floor(percent / 10);
  if (step !== lastStep) {
    lastStep = step;
    live.textContent = `Henter … ${mb(done)} af ${mb(all)} (${percent} %).`;
  }
}

function onStatus(s: Status): void {
  total = s.total.bytes;
  saved = s.saved;
  section!.hidden = false;
  if (s.mode === 'all') {
    summary.textContent = `Hele vidensbanken (${count(s.total.files)} filer, ${mb(s.total.bytes)}) gemmes i din browser, når du besøger den, så den også virker uden net. Den holdes opdateret, når du er på nettet.`;
    show('auto');
    return;
  }
  summary.textContent =
    `Sider, du har læst, og søgningens grundfiler er gemt i din browser. Vil du kunne læse og søge i hele vidensbanken uden net, ` +
    `kan du gemme den: det henter ${count(s.total.files)} filer, ca. ${mb(s.total.bytes)}. Den gemte kopi holdes opdateret, når du er på nettet, og kun ændringer hentes.`;
  if (s.busy) showProgress(s.busy.done, s.busy.total);
  else if (s.saved) {
    show('saved');
    live.textContent = s.upToDate ? 'Hele vidensbanken er gemt til brug uden net.' : 'Hele vidensbanken er gemt. Ændringer hentes nu.';
  } else show('save');
}

function onMessage(event: MessageEvent<Message>): void {
  const m = event.data;
  if (m.type === 'status') onStatus(m);
  else if (m.type === 'progress') showProgress(m.done, m.total);
  else if (m.type === 'saved') {
    saved = true;
    show('saved');
    live.textContent = `Hele vidensbanken er gemt til brug uden net (${mb(total)}).`;
  } else if (m.type === 'cancelled') {
    saved = false;
    show('save');
    live.textContent = 'Hentningen er annulleret.';
  } else if (m.type === 'failed') {
    live.textContent = saved
      ? 'Ændringerne kunne ikke hentes nu, måske fordi forbindelsen forsvandt. Den gemte kopi virker stadig og opdateres næste gang.'
      : 'Hentningen blev afbrudt, måske fordi forbindelsen forsvandt. Prøv igen: det, der allerede er hentet, hentes ikke igen.';
    show(saved ? 'saved' : 'save');
  } else if (m.type === 'removed') {
    saved = false;
    show('save');
    live.textContent = 'Den gemte kopi er fjernet.';
  }
}

if (section && 'serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', onMessage);
  navigator.serviceWorker.startMessages();
  save.addEventListener('click', () => {
    lastStep = -1;
    showProgress(0, total);
    void send('save');
  });
  cancel.addEventListener('click', () => void send('cancel'));
  remove.addEventListener('click', () => void send('remove'));
  void send('status');
}
