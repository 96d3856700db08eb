/**
 * A video with a caption and a transcript link. Either a self-hosted file (`src="/videos/x.mp4"`),
 * or a YouTube video (`youtube="VIDEO_ID"`) that makes no request to YouTube until the reader clicks
 * "Play" (`scripts/video-embed.ts`): only then is the privacy-enhanced (youtube-nocookie.com) player inserted.
 * ```mdx
 * <Video youtube="dQw4w9WgXcQ" title="Restoring emails" caption="Restoring emails in 2 minutes" transcript="/1007#restore-from-mail-service" />
 * ```
 */
import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { format } from '../../i18n/format.ts';
import { type AuthoringComponent, ComponentPropsError, stringProp } from './component.ts';

export const Video: AuthoringComponent = {
  script: 'video',
  render(props, _children, ctx) {
    const title = stringProp(props, 'title') ?? '';
    const youtube = stringProp(props, 'youtube');
    const caption = stringProp(props, 'caption');
    const src = stringProp(props, 'src') && ctx.authoredHref(stringProp(props, 'src')!);
    const transcript = stringProp(props, 'transcript') && ctx.authoredHref(stringProp(props, 'transcript')!);
    if (!src === !youtube) throw new ComponentPropsError(`\`<Video title="${title}">\`: give exactly one of "src" or "youtube"`);
    if (youtube && !/^[\w-]{6,20}$/.test(youtube)) throw new ComponentPropsError(`\`<Video youtube="${youtube}">\`: not a YouTube video id`);
    const player = src
      ? h('video', { controls: true, preload: 'none', class: 'w-full rounded-lg', src, title }, [h('a', { href: src }, format(ctx.strings.downloadVideo, { title }))])
      : h('kb-video', { 'data-youtube': youtube, 'data-title': title, class: 'relative block aspect-video w-full overflow-hidden rounded-lg bg-slate-900' }, [
          h('button', { type: 'button', class: 'absolute inset-0 flex flex-col items-center justify-center gap-2 text-white' }, [
            s('svg', { 'aria-hidden': 'true', class: 'size-16', viewBox: '0 0 24 24', fill: 'currentColor' }, [s('path', { d: 'M8 5v14l11-7z' })]),
            h('span', { class: 'font-medium' }, format(ctx.strings.playVideo, { title })),
            ' ',
            h('span', { class: 'text-sm text-slate-300' }, ctx.strings.loadsYouTube),
          ]),
        ]);
    const captionParts: ElementContent[] = [
      ...(caption ? [{ type: 'text', value: caption } as const] : []),
      ...(caption && transcript ? [{ type: 'text', value: ' · ' } as const] : []),
      ...(transcript ? [h('a', { href: transcript, class: 'underline' }, ctx.strings.readTranscript)] : []),
    ];
    return [h('figure', { class: 'my-6' }, [player, ...(captionParts.length > 0 ? [h('figcaption', { class: 'mt-2 text-sm text-slate-600 dark:text-slate-400' }, captionParts)] : [])])];
  },
};
