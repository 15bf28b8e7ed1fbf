import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { keyframes } from '@mui/material/styles';
import Delete from '@mui/icons-material/DeleteOutlined';
import Mic from '@mui/icons-material/Mic';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { formatDuration, voiceNoteName } from '../../model/send.ts';

/** Why no recording could start. */
export type RecorderProblem = 'unsupported' | 'denied' | 'no-device' | 'failed';

/** Holding the button at least this long (ms) records while held; a shorter press starts a recording to stop later. */
const HOLD_MS = 500;

/** Opus in Ogg where the browser records it (Firefox), else Opus in WebM (Chromium); else the browser's default. */
const MIME_TYPES = ['audio/ogg;codecs=opus', 'audio/webm;codecs=opus', 'audio/webm'];

interface Session {
  recorder: MediaRecorder;
  stream: MediaStream;
  chunks: Blob[];
  send: boolean;
}

export interface VoiceRecorder {
  phase: 'idle' | 'starting' | 'recording';
  /** Milliseconds recorded so far. */
  elapsed: number;
  problem: RecorderProblem | undefined;
  dismissProblem(): void;
  start(): Promise<void>;
  /** Stops and hands the recording to `onRecorded`. */
  finish(): void;
  /** Stops and throws the recording away. */
  cancel(): void;
}

/**
 * A voice note with MediaRecorder: asks for the microphone, records Opus, and hands a File named as Atendechat's
 * backend expects of a voice note (`audio-record-site-…`, sent as `ptt`) to `onRecorded`.
 */
export function useVoiceRecorder(onRecorded: (file: File) => void): VoiceRecorder {
  const [phase, setPhase] = useState<VoiceRecorder['phase']>('idle');
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  const [problem, setProblem] = useState<RecorderProblem | undefined>(undefined);
  const session = useRef<Session | null>(null);
  const recorded = useRef(onRecorded);
  useEffect(() => {
    recorded.current = onRecorded;
  }, [onRecorded]);

  useEffect(() => {
    if (phase !== 'recording') return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [phase]);
  // Leaving the conversation while recording: the microphone is released and nothing is sent.
  useEffect(
    () => () => {
      const current = session.current;
      if (!current) return;
      current.send = false;
      if (current.recorder.state !== 'inactive') current.recorder.stop();
      current.stream.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const start = useCallback(async () => {
    if (session.current) return;
    setProblem(undefined);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setProblem('unsupported');
      return;
    }
    setPhase('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setPhase('idle');
      setProblem(problemOf(error));
      return;
    }
    const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    } catch {
      stream.getTracks().forEach((track) => track.stop());
      setPhase('idle');
      setProblem('failed');
      return;
    }
    const current: Session = { recorder, stream, chunks: [], send: false };
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) current.chunks.push(event.data);
    };
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      if (session.current === current) session.current = null;
      setPhase('idle');
      if (!current.send || current.chunks.length === 0) return;
      const type = (recorder.mimeType || mimeType || 'audio/webm').split(';')[0] ?? 'audio/webm';
      const blob = new Blob(current.chunks, { type });
      recorded.current(new File([blob], voiceNoteName(type, new Date()), { type }));
    };
    session.current = current;
    recorder.start(250);
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    setPhase('recording');
  }, []);

  const stop = useCallback((send: boolean) => {
    const current = session.current;
    if (!current) return;
    current.send = send;
    if (current.recorder.state !== 'inactive') current.recorder.stop();
  }, []);

  return {
    phase,
    elapsed: phase === 'recording' ? now - startedAt : 0,
    problem,
    dismissProblem: useCallback(() => setProblem(undefined), []),
    start,
    finish: useCallback(() => stop(true), [stop]),
    cancel: useCallback(() => stop(false), [stop]),
  };
}

function problemOf(error: unknown): RecorderProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'no-device';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'failed';
}

/** The microphone button: click to start (then stop or cancel), or hold to record and let go to send. */
export function RecordButton({ recorder, disabled }: { recorder: VoiceRecorder; disabled: boolean }) {
  const { t } = useTranslation('tickets');
  const { start, finish } = recorder;

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const pressedAt = Date.now();
    // The button gives way to the recording bar: the release is heard on the window.
    window.addEventListener(
      'pointerup',
      () => {
        if (Date.now() - pressedAt >= HOLD_MS) finish();
      },
      { once: true },
    );
    void start();
  };

  return (
    <IconButton
      color="primary"
      aria-label={t('composer.record')}
      title={t('composer.recordHint')}
      disabled={disabled || recorder.phase === 'starting'}
      onPointerDown={onPointerDown}
      // Keyboard (Enter, Space): a click with no pointer starts a recording to stop with the buttons shown.
      onClick={(event) => {
        if (event.detail === 0) void recorder.start();
      }}
      data-testid="composer-record"
    >
      <Mic />
    </IconButton>
  );
}

const pulse = keyframes`
  0%, 100% { opacity: 1; }
  50% { opacity: 0.3; }
`;

/** What replaces the text box while recording: the time, cancel, and send. */
export function RecordingBar({ recorder }: { recorder: VoiceRecorder }) {
  const { t } = useTranslation('tickets');
  return (
    <Box
      role="group"
      aria-label={t('composer.recording')}
      data-testid="composer-recording"
      sx={{ flex: 1, display: 'flex', alignItems: 'center', gap: 1, minHeight: 40 }}
    >
      <IconButton
        onClick={recorder.cancel}
        aria-label={t('composer.recordCancel')}
        data-testid="composer-record-cancel"
      >
        <Delete />
      </IconButton>
      <Box
        aria-hidden
        sx={{
          width: 10,
          height: 10,
          borderRadius: '50%',
          bgcolor: 'error.main',
          animation: `${pulse} 1.2s ease-in-out infinite`,
          '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
        }}
      />
      <Typography
        sx={{ fontVariantNumeric: 'tabular-nums', flex: 1 }}
        role="timer"
        aria-label={t('composer.recordingFor', { time: formatDuration(recorder.elapsed) })}
        data-testid="composer-record-timer"
      >
        {formatDuration(recorder.elapsed)}
      </Typography>
      <IconButton
        color="primary"
        onClick={recorder.finish}
        aria-label={t('composer.recordSend')}
        data-testid="composer-record-send"
      >
        <SendIcon />
      </IconButton>
    </Box>
  );
}
