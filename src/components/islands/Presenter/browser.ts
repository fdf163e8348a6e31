/**
 * The presenter view's browser extras, each optional and silent when not offered: a soft chime made with
 * WebAudio (no sound files), the Screen Wake Lock, full screen, and a channel to the notes view.
 */

let audio: AudioContext | null = null;

/** A soft two-note chime, about a second long. Call from a click first so the browser allows sound. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    void ctx.resume();
    [660, 880].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const at = ctx.currentTime + i * 0.35;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.15, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.85);
    });
  } catch {
    // no WebAudio: the visual signal is enough
  }
}

/** Keeps the screen on while the clock runs. Returns a release function. */
export function keepAwake(): () => void {
  let lock: WakeLockSentinel | null = null;
  let released = false;
  const request = () => {
    if (released || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    navigator.wakeLock.request('screen').then(
      (l) => {
        if (released) void l.release();
        else lock = l;
      },
      () => undefined,
    );
  };
  // The lock is dropped when the tab is hidden; take it again when it comes back.
  document.addEventListener('visibilitychange', request);
  request();
  return () => {
    released = true;
    document.removeEventListener('visibilitychange', request);
    void lock?.release().catch(() => undefined);
  };
}

export function toggleFullscreen(el: HTMLElement | null): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void el?.requestFullscreen?.().catch(() => undefined);
}

/** The channel the presenter view tells the notes view its step on (same browser, any window). */
export function stepChannel(planId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`netvaerkskompasset:presenter:${planId}`);
}

/**
 * The clock kept for this tab through a reload (sessionStorage: it belongs to this presentation, not to
 * the device, and it is not the readers' data that `stores/persist.ts` keeps). Silent when storage is blocked.
 */
const timerKey = (planId: string) => `netvaerkskompasset:presenter:${planId}:timer`;
export function readKeptTimer(planId: string): string | null {
  try {
    return sessionStorage.getItem(timerKey(planId));
  } catch {
    return null;
  }
}
export function keepTimer(planId: string, text: string): void {
  try {
    sessionStorage.setItem(timerKey(planId), text);
  } catch {
    // blocked or full: the clock still runs, it just starts afresh after a reload
  }
}
