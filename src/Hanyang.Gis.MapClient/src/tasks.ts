// One analysis at a time outside the coverage form (reach, facility circle, medical circles): a progress bar
// with elapsed time and a 取消 button that aborts the request (AbortController); the page stays usable.
import { ApiError } from './api';
import { esc } from './logic/format';

const bar = document.getElementById('task')!;
const text = bar.querySelector<HTMLElement>('.task-text')!;
const cancel = bar.querySelector<HTMLButtonElement>('#task-cancel')!;
let current: AbortController | null = null;
cancel.addEventListener('click', () => current?.abort());

/** Runs `work`, cancelling any task still running; resolves to null when cancelled or failed (the error is shown in `errorBox`). */
export async function runTask<T>(label: string, errorBox: HTMLElement, work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  const started = performance.now();
  const tick = () => {
    text.textContent = `${label}… ${((performance.now() - started) / 1000).toFixed(1)} 秒`;
  };
  tick();
  bar.hidden = false;
  bar.dataset.state = 'running';
  const timer = window.setInterval(tick, 200);
  errorBox.hidden = true;
  try {
    return await work(ctl.signal);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') {
      errorBox.hidden = false;
      errorBox.innerHTML = `<strong>已取消：${esc(label)}</strong>`;
      return null;
    }
    errorBox.hidden = false;
    const title = e instanceof ApiError ? e.headline : `${label}失败`;
    const detail = e instanceof ApiError ? e.detail : e instanceof Error ? e.message : String(e);
    errorBox.innerHTML = `<strong>${esc(title)}</strong>${detail ? `<div>${esc(detail)}</div>` : ''}`;
    return null;
  } finally {
    window.clearInterval(timer);
    if (current === ctl) {
      current = null;
      bar.hidden = true;
      bar.dataset.state = 'idle';
    }
  }
}
