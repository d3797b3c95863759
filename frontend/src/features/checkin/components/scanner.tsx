// The camera scanner: getUserMedia, then BarcodeDetector where the browser has it (Chrome on
// Android, Safari) and jsQR on canvas frames where it has not (Chromium on Linux, Firefox). A
// typed ticket code works without any camera.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

type Detect = (video: HTMLVideoElement) => Promise<string | null>;

const INTERVAL_MS = 200;
const SAME_CODE_PAUSE_MS = 3000;
const MAX_FRAME_WIDTH = 640;

async function createDetector(): Promise<Detect> {
  const Native = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const formats = Native ? ((await Native.getSupportedFormats?.().catch(() => [])) ?? []) : [];
  if (Native && formats.includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

interface ScannerProps {
  /** Resolves when the answer is shown; scanning pauses until then. */
  onScan: (text: string) => Promise<void>;
}

export function Scanner({ onScan }: ScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [running, setRunning] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const [manual, setManual] = useState('');
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let last = { text: '', at: 0 };
    let busy = false;

    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
        const video = videoRef.current;
        if (stopped || !video) return;
        video.srcObject = stream;
        await video.play();
        const detect = await createDetector();
        timer = window.setInterval(async () => {
          if (busy || stopped || video.readyState < 2) return;
          busy = true;
          try {
            const text = await detect(video);
            const now = Date.now();
            if (text && (text !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
              last = { text, at: now };
              await onScanRef.current(text);
            }
          } catch {
            // a frame that cannot be read: try the next one
          } finally {
            busy = false;
          }
        }, INTERVAL_MS);
      } catch {
        if (!stopped) {
          setUnavailable(true);
          setRunning(false);
        }
      }
    };
    void start();
    return () => {
      stopped = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [running]);

  const submitManual = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = manual.trim();
    if (!text) return;
    void onScan(text).then(() => setManual(''));
  };

  return (
    <div className="scanner">
      <div className="button-row">
        {running ? (
          <Button onClick={() => setRunning(false)}>{t('checkin.scan.stop')}</Button>
        ) : (
          <Button
            appearance="primary"
            onClick={() => {
              setUnavailable(false);
              setRunning(true);
            }}
            disabled={!navigator.mediaDevices?.getUserMedia}
          >
            {t('checkin.scan.start')}
          </Button>
        )}
      </div>
      {unavailable && <p role="status">{t('checkin.scan.noCamera')}</p>}
      <video
        ref={videoRef}
        className={running ? 'scanner__video' : 'scanner__video scanner__video--hidden'}
        aria-label={t('checkin.scan.video')}
        muted
        playsInline
      />
      <form className="scanner__manual" onSubmit={submitManual}>
        <TextField
          label={t('checkin.scan.manualLabel')}
          name="ticket"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={manual}
          onChange={(event) => setManual(event.target.value)}
        />
        <Button type="submit">{t('checkin.scan.manualSubmit')}</Button>
      </form>
    </div>
  );
}
