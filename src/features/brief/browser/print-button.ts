// The Print button: the browser's own Print command, one press away.
class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}
customElements.define('print-button', PrintButton);
