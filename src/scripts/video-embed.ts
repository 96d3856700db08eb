/**
 * <kb-video>: a YouTube video that loads nothing from YouTube until the reader presses Play (no
 * third-party request, cookie or tracker before consent). Then the privacy-enhanced player replaces
 * the button.
 */
class KbVideo extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => {
      const id = this.dataset['youtube'];
      if (!id || !/^[\w-]+$/.test(id)) return;
      const frame = document.createElement('iframe');
      frame.src = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
      frame.title = this.dataset['title'] ?? 'Video';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture';
      frame.allowFullscreen = true;
      frame.className = 'absolute inset-0 size-full';
      this.replaceChildren(frame);
    }, { once: true });
  }
}

if (!customElements.get('kb-video')) customElements.define('kb-video', KbVideo);
