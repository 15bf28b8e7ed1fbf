import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import UploadFile from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import { useComposer } from './composer-state.tsx';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** The conversation as a drop target: files dragged onto it join the composer's attachments. */
export function AttachmentDropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation('tickets');
  const { enabled, addFiles } = useComposer();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag really left.
  const depth = useRef(0);

  if (!enabled) return <>{children}</>;

  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setOver(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Box
      sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="conversation-drop-zone"
    >
      {children}
      {over && (
        <Box
          aria-hidden
          data-testid="conversation-drop-hint"
          sx={(theme) => ({
            position: 'absolute',
            inset: 8,
            display: 'grid',
            placeItems: 'center',
            border: 2,
            borderStyle: 'dashed',
            borderColor: 'primary.main',
            borderRadius: 2,
            bgcolor: alpha(theme.palette.background.paper, 0.92),
            pointerEvents: 'none',
          })}
        >
          <Box sx={{ display: 'grid', justifyItems: 'center', gap: 1 }}>
            <UploadFile fontSize="large" color="primary" />
            <Typography sx={{ fontWeight: 500 }}>{t('composer.dropHere')}</Typography>
          </Box>
        </Box>
      )}
    </Box>
  );
}
