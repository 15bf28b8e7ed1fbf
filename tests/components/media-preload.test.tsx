import { useState } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AudioPlayer } from '../../src/features/tickets/components/message/audio-player.tsx';
import { BubbleTextsProvider } from '../../src/features/tickets/components/message/bubble-texts.tsx';
import { ListScrolling } from '../../src/features/tickets/components/message/media-preload.tsx';
import { VideoMessage } from '../../src/features/tickets/components/message/video-message.tsx';
import { renderWithApp } from './render.tsx';

/** A list of voice notes and videos: a button scrolls it or stops it, another draws one more row of each. */
function MediaList({ startScrolling }: { startScrolling: boolean }) {
  const [scrolling, setScrolling] = useState(startScrolling);
  const [rows, setRows] = useState(1);
  return (
    <BubbleTextsProvider>
      <button type="button" onClick={() => setScrolling(!scrolling)}>
        toggle scrolling
      </button>
      <button type="button" onClick={() => setRows(rows + 1)}>
        one more row
      </button>
      <ListScrolling scrolling={scrolling}>
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} data-testid={`row-${row}`}>
            <AudioPlayer url={`http://127.0.0.1:9/public/voice-${row}.ogg`} />
            <VideoMessage url={`http://127.0.0.1:9/public/video-${row}.mp4`} />
          </div>
        ))}
      </ListScrolling>
    </BubbleTextsProvider>
  );
}

/** The `preload` of the row's audio and video elements. */
function preloadOf(row: number): (string | null)[] {
  const media = screen.getByTestId(`row-${row}`).querySelectorAll('audio, video');
  expect(media).toHaveLength(2);
  return [...media].map((element) => element.getAttribute('preload'));
}

describe('voice notes and videos in a scrolling list', () => {
  it('load nothing while the list scrolls past, their metadata once it is still, and keep it', async () => {
    const { user } = await renderWithApp(<MediaList startScrolling />, { namespaces: ['tickets'] });
    expect(preloadOf(0)).toEqual(['none', 'none']);

    await user.click(screen.getByRole('button', { name: 'toggle scrolling' }));
    expect(preloadOf(0)).toEqual(['metadata', 'metadata']);

    // Scrolling again: what is loaded stays loaded; a row drawn now waits for the next stop.
    await user.click(screen.getByRole('button', { name: 'toggle scrolling' }));
    await user.click(screen.getByRole('button', { name: 'one more row' }));
    expect(preloadOf(0)).toEqual(['metadata', 'metadata']);
    expect(preloadOf(1)).toEqual(['none', 'none']);

    await user.click(screen.getByRole('button', { name: 'toggle scrolling' }));
    expect(preloadOf(1)).toEqual(['metadata', 'metadata']);
  });

  it('load their metadata at once in a list that is still (a conversation just opened)', async () => {
    await renderWithApp(<MediaList startScrolling={false} />, { namespaces: ['tickets'] });
    expect(preloadOf(0)).toEqual(['metadata', 'metadata']);
  });
});
