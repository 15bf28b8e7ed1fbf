import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import Article from '@mui/icons-material/ArticleOutlined';
import AudioFile from '@mui/icons-material/AudioFileOutlined';
import Description from '@mui/icons-material/DescriptionOutlined';
import Download from '@mui/icons-material/Download';
import FolderZip from '@mui/icons-material/FolderZipOutlined';
import Image from '@mui/icons-material/ImageOutlined';
import InsertDriveFile from '@mui/icons-material/InsertDriveFileOutlined';
import PictureAsPdf from '@mui/icons-material/PictureAsPdfOutlined';
import Slideshow from '@mui/icons-material/SlideshowOutlined';
import TableChart from '@mui/icons-material/TableChartOutlined';
import VideoFile from '@mui/icons-material/VideoFileOutlined';
import { useTranslation } from 'react-i18next';
import { useMediaSize } from '../../api/media.ts';
import { extensionOf, formatBytes, type FileType } from '../../model/message-content.ts';

const ICONS: Record<FileType, typeof InsertDriveFile> = {
  pdf: PictureAsPdf,
  sheet: TableChart,
  doc: Description,
  slides: Slideshow,
  archive: FolderZip,
  audio: AudioFile,
  video: VideoFile,
  image: Image,
  text: Article,
  file: InsertDriveFile,
};

/** A document: an icon by type, the file name (text, bidirectional controls removed), its size when known, download. */
export function DocumentCard({ url, fileName, fileType }: { url: string; fileName: string; fileType: FileType }) {
  const { t, i18n } = useTranslation('tickets');
  const size = useMediaSize(url);
  const Icon = ICONS[fileType];
  const details = [extensionOf(fileName) || t('message.document.file'), size && formatBytes(size, i18n.language)]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box
      data-testid="message-document"
      data-file-type={fileType}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        width: 280,
        maxWidth: '100%',
        p: 1,
        borderRadius: 1.5,
        bgcolor: 'action.hover',
      }}
    >
      <Icon sx={{ fontSize: 36, color: fileType === 'pdf' ? 'error.main' : 'text.secondary' }} aria-hidden />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography
          variant="body2"
          component="bdi"
          title={fileName}
          noWrap
          data-testid="document-name"
          sx={{ display: 'block', fontWeight: 500 }}
        >
          {fileName}
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="document-details">
          {details}
        </Typography>
      </Box>
      <IconButton
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        download={fileName}
        aria-label={t('message.document.download', { name: fileName })}
        data-testid="document-download"
      >
        <Download />
      </IconButton>
    </Box>
  );
}
