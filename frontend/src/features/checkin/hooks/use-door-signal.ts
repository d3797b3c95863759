// What the volunteer feels and hears after a scan: a vibration pattern per kind of answer, and
// (when switched on for this device) a short tone, so the answer reaches them without looking.
import { useCallback, useState } from 'react';
import type { Tone } from '@/features/checkin/components/scan-feedback';

const SOUND_KEY = 'aanjager.checkin.sound';

const VIBRATION: Record<Tone, number[]> = {
  admitted: [80],
  warning: [80, 60, 80],
  refused: [300, 100, 300],
  neutral: [40],
};

/** Rising for in, two equal for look again, falling and low for refused. */
const TONES: Record<Tone, number[]> = {
  admitted: [660, 990],
  warning: [660, 660],
  refused: [330, 220],
  neutral: [520],
};

let audio: AudioContext | undefined;

function play(frequencies: number[]) {
  const Context = window.AudioContext;
  if (!Context) return;
  audio ??= new Context();
  const start = audio.currentTime;
  frequencies.forEach((frequency, index) => {
    const oscillator = audio!.createOscillator();
    const gain = audio!.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, start + index * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.001, start + index * 0.15 + 0.14);
    oscillator.connect(gain).connect(audio!.destination);
    oscillator.start(start + index * 0.15);
    oscillator.stop(start + index * 0.15 + 0.15);
  });
}

function storedSound(): boolean {
  try {
    return window.localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

export function useDoorSignal() {
  const [sound, setSoundState] = useState(storedSound);
  const setSound = (on: boolean) => {
    try {
      window.localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    } catch {
      // private mode: the choice lasts for this page
    }
    setSoundState(on);
  };
  const signal = useCallback(
    (tone: Tone) => {
      navigator.vibrate?.(VIBRATION[tone]);
      if (sound) play(TONES[tone]);
    },
    [sound],
  );
  return { sound, setSound, signal };
}
