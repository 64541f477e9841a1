/** Component tests (happy-dom): render into a fresh element of the body; the body is emptied after each test. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

export function mount(el: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(el, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});
