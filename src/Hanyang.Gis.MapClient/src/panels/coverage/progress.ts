// The 覆盖分析 panel's own progress: 计算 disabled, a spinner with elapsed seconds and which of the two
// requests (coverage statistics, service circles) has answered.
export interface CoverageProgress {
  /** Marks the coverage request as answered; passes its result through. */
  coverageDone: <T>(result: T) => T;
  /** Marks the service-circle request as answered; passes its result through. */
  isochronesDone: <T>(result: T) => T;
  /** Stops the clock; `reset` puts the form back (false when a newer run has taken over). */
  stop: (reset: boolean) => void;
}

export function startProgress(root: HTMLElement, label: string): CoverageProgress {
  const runBtn = root.querySelector<HTMLButtonElement>('#cov-run')!;
  const progress = root.querySelector<HTMLElement>('#cov-progress')!;
  const progressText = progress.querySelector<HTMLElement>('.progress-text')!;
  runBtn.disabled = true;
  runBtn.textContent = '计算中…';
  progress.hidden = false;
  root.classList.add('busy');
  const started = performance.now();
  const steps = { coverage: false, isochrones: false };
  const tick = () => {
    const s = ((performance.now() - started) / 1000).toFixed(1);
    progressText.textContent = `正在计算 ${label}… ${s} 秒（覆盖统计${steps.coverage ? ' ✓' : ' …'}，服务圈${steps.isochrones ? ' ✓' : ' …'}）`;
  };
  tick();
  const timer = window.setInterval(tick, 200);
  const done =
    (step: keyof typeof steps) =>
    <T>(result: T): T => {
      steps[step] = true;
      tick();
      return result;
    };
  return {
    coverageDone: done('coverage'),
    isochronesDone: done('isochrones'),
    stop: (reset) => {
      window.clearInterval(timer);
      if (!reset) return;
      runBtn.disabled = false;
      runBtn.textContent = '计算';
      progress.hidden = true;
      root.classList.remove('busy');
    },
  };
}
