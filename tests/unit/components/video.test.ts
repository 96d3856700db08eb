import { describe, expect, it } from 'vitest';
import { Video } from '../../../src/components/authoring/video.ts';
import { byTag, only, parse, render, text } from './html.ts';

const youtube = { youtube: 'dQw4w9WgXcQ', title: 'Restoring emails' };
const selfHosted = { src: '/videos/restore.mp4', title: 'Restoring emails' };

describe('Video, self-hosted', () => {
  it('is a native player with controls that loads nothing until played', async () => {
    const video = only(parse(await render(Video, selfHosted)), 'video');
    expect(video.attrs).toMatchObject({ src: '/videos/restore.mp4', controls: '', preload: 'none', title: 'Restoring emails' });
  });

  it('offers a download link when the browser cannot play the video', async () => {
    const link = only(only(parse(await render(Video, selfHosted)), 'video'), 'a');
    expect(link.attrs['href']).toBe('/videos/restore.mp4');
    expect(text(link)).toBe('Download the video: Restoring emails');
  });

  it('has no YouTube placeholder', async () => {
    expect(byTag(parse(await render(Video, selfHosted)), 'kb-video')).toHaveLength(0);
  });
});

describe('Video, YouTube', () => {
  it('makes no request to YouTube before the click: no iframe, image or YouTube URL in the HTML', async () => {
    const html = await render(Video, { ...youtube, caption: 'Restoring emails in 2 minutes' });
    const root = parse(html);
    expect(byTag(root, 'iframe')).toHaveLength(0);
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(byTag(root, 'video')).toHaveLength(0);
    expect(html).not.toMatch(/youtube\.com|youtube-nocookie|youtu\.be|ytimg|googlevideo/i);
  });

  it('shows a play button that names the video and says it loads the player from YouTube', async () => {
    const player = only(parse(await render(Video, youtube)), 'kb-video');
    expect(player.attrs).toMatchObject({ 'data-youtube': 'dQw4w9WgXcQ', 'data-title': 'Restoring emails' });
    const button = only(player, 'button');
    expect(button.attrs['type']).toBe('button');
    expect(byTag(button, 'span').map((s) => text(s))).toEqual(['Play: Restoring emails', '(loads the player from YouTube)']);
    expect(text(button, { spoken: true })).toBe('Play: Restoring emails (loads the player from YouTube)');
  });

  it('hides the play icon from screen readers', async () => {
    expect(only(parse(await render(Video, youtube)), 'svg').attrs['aria-hidden']).toBe('true');
  });

  it.each(['dQw4w9WgXcQ', 'a-b_c1', 'abcdefghij0123456789'])('accepts the video id %s', async (id) => {
    expect(only(parse(await render(Video, { ...youtube, youtube: id })), 'kb-video').attrs['data-youtube']).toBe(id);
  });

  it.each([
    ['a full URL', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['an id with a query', 'dQw4w9WgXcQ?t=10'],
    ['an id that is too short', 'abc'],
    ['an id with a quote', 'dQw4w"9WgXcQ'],
  ])('rejects %s as the youtube id', async (_name, id) => {
    await expect(render(Video, { ...youtube, youtube: id })).rejects.toThrow(`\`<Video youtube="${id}">\`: not a YouTube video id`);
  });
});

describe('Video, source', () => {
  it('rejects both src and youtube with an error naming the video', async () => {
    await expect(render(Video, { ...selfHosted, youtube: 'dQw4w9WgXcQ' })).rejects.toThrow('`<Video title="Restoring emails">`: give exactly one of "src" or "youtube"');
  });

  it('rejects neither src nor youtube with an error naming the video', async () => {
    await expect(render(Video, { title: 'Restoring emails' })).rejects.toThrow('`<Video title="Restoring emails">`: give exactly one of "src" or "youtube"');
  });
});

describe('Video, caption', () => {
  it('has no figcaption without caption or transcript', async () => {
    expect(byTag(parse(await render(Video, youtube)), 'figcaption')).toHaveLength(0);
  });

  it('shows the caption alone', async () => {
    const caption = only(parse(await render(Video, { ...youtube, caption: 'Restoring emails in 2 minutes' })), 'figcaption');
    expect(text(caption)).toBe('Restoring emails in 2 minutes');
    expect(byTag(caption, 'a')).toHaveLength(0);
  });

  it('links the transcript alone', async () => {
    const caption = only(parse(await render(Video, { ...selfHosted, transcript: '/1007#restore-from-mail-service' })), 'figcaption');
    expect(text(caption)).toBe('Read the transcript');
    expect(only(caption, 'a').attrs['href']).toBe('/1007#restore-from-mail-service');
  });

  it('separates the caption from the transcript link with a dot', async () => {
    const caption = only(parse(await render(Video, { ...youtube, caption: 'Restoring emails in 2 minutes', transcript: '/1007' })), 'figcaption');
    expect(text(caption)).toBe('Restoring emails in 2 minutes · Read the transcript');
  });
});
