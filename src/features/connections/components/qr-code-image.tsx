import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

type QrModule = typeof import('qrcode');

/** The `qrcode` library, in its own chunk: fetched the first time a code is shown. */
async function loadQrCode(): Promise<QrModule> {
  const module: QrModule & { default?: QrModule } = await import('qrcode');
  return module.default ?? module;
}

const SIZE_PX = 264;

/**
 * The pairing reference as a QR code, drawn into a PNG data URL (the Content-Security-Policy allows
 * `img-src data:`). Always dark on white, with a quiet zone, whatever the colour mode: phones read that.
 */
export function QrCodeImage({ code, alt }: { code: string; alt: string }) {
  const { t } = useTranslation('connections');
  const [drawn, setDrawn] = useState<{ code: string; url?: string; failed?: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadQrCode()
      .then((qr) =>
        qr.toDataURL(code, {
          errorCorrectionLevel: 'M',
          margin: 2,
          width: SIZE_PX * 2,
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then(
        (url) => !cancelled && setDrawn({ code, url }),
        () => !cancelled && setDrawn({ code, failed: true }),
      );
    return () => {
      cancelled = true;
    };
  }, [code]);

  if (drawn?.code === code && drawn.failed) {
    return (
      <Alert severity="error" data-testid="qr-error">
        {t('qr.renderFailed')}
      </Alert>
    );
  }
  // The previous code stays up while the next one is drawn (a few milliseconds).
  if (!drawn?.url)
    return <Skeleton variant="rectangular" sx={{ width: '100%', maxWidth: SIZE_PX, aspectRatio: '1', mx: 'auto' }} />;
  return (
    <Box
      component="img"
      src={drawn.url}
      alt={alt}
      data-testid="qr-image"
      sx={{
        display: 'block',
        width: '100%',
        maxWidth: SIZE_PX,
        height: 'auto',
        aspectRatio: '1',
        mx: 'auto',
        bgcolor: '#ffffff',
        borderRadius: 1,
      }}
    />
  );
}
