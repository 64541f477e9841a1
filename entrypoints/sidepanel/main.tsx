import { render } from 'preact';

render(<main><h1>審議レンズ</h1></main>, document.getElementById('app')!);
