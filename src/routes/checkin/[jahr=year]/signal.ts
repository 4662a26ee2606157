/**
 * What the desk hears and feels after a scan, so that nobody has to look at the screen for each
 * person: one high beep and a short buzz for a welcome, two beeps for "already here", a low tone
 * and a long buzz for a problem. Browsers without sound or vibration simply stay silent.
 */
export type Signal = 'ok' | 'again' | 'problem';

let audio: AudioContext | null = null;

function beep(frequency: number, at: number, length = 0.12) {
	if (!audio) return;
	const oscillator = audio.createOscillator();
	const gain = audio.createGain();
	oscillator.frequency.value = frequency;
	gain.gain.value = 0.2;
	oscillator.connect(gain).connect(audio.destination);
	oscillator.start(audio.currentTime + at);
	oscillator.stop(audio.currentTime + at + length);
}

export function signal(kind: Signal): void {
	const Context = globalThis.AudioContext;
	if (Context) {
		audio ??= new Context();
		if (kind === 'ok') beep(880, 0);
		else if (kind === 'again') [0, 0.18].forEach((at) => beep(660, at));
		else beep(220, 0, 0.4);
	}
	navigator.vibrate?.(kind === 'ok' ? 80 : kind === 'again' ? [60, 60, 60] : 400);
}
