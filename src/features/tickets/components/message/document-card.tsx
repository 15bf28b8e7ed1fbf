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
import { useMediaSize } from '../../api/media.ts';
import { extensionOf, formatBytes, type FileType } from '../../model/message-content.ts';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

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
  const { t, language } = useBubbleTexts();
  const size = useMediaSize(url);
  const Icon = ICONS[fileType];
  const details = [extensionOf(fileName) || t('message.document.file'), size && formatBytes(size, language)]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={bubbleClasses.card} data-testid="message-document" data-file-type={fileType}>
      <Icon className={bubbleClasses.cardIcon} data-pdf={fileType === 'pdf'} aria-hidden />
      <div className={bubbleClasses.cardText}>
        <bdi className={bubbleClasses.cardTitle} title={fileName} data-testid="document-name">
          {fileName}
        </bdi>
        <span className={bubbleClasses.cardDetails} data-testid="document-details">
          {details}
        </span>
      </div>
      <a
        className={bubbleClasses.cardAction}
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        download={fileName}
        aria-label={t('message.document.download', { name: fileName })}
        data-testid="document-download"
      >
        <Download fontSize="inherit" />
      </a>
    </div>
  );
}
