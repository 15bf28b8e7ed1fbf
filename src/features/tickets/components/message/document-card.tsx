import { useMediaSize } from '../../api/media.ts';
import { extensionOf, formatBytes, type FileType } from '../../model/message-content.ts';
import { BubbleIcon, type BubbleIconName } from './bubble-icon.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

const ICONS: Record<FileType, BubbleIconName> = {
  pdf: 'pictureAsPdf',
  sheet: 'tableChart',
  doc: 'description',
  slides: 'slideshow',
  archive: 'folderZip',
  audio: 'audioFile',
  video: 'videoFile',
  image: 'image',
  text: 'article',
  file: 'insertDriveFile',
};

/** A document: an icon by type, the file name (text, bidirectional controls removed), its size when known, download. */
export function DocumentCard({ url, fileName, fileType }: { url: string; fileName: string; fileType: FileType }) {
  const { t, language } = useBubbleTexts();
  const size = useMediaSize(url);
  const details = [extensionOf(fileName) || t('message.document.file'), size && formatBytes(size, language)]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={bubbleClasses.card} data-testid="message-document" data-file-type={fileType}>
      <BubbleIcon name={ICONS[fileType]} className={bubbleClasses.cardIcon} />
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
        <BubbleIcon name="download" />
      </a>
    </div>
  );
}
