import { render } from 'preact';
import { applyLanguage } from '../shared/i18n.ts';
import { Options } from './Options.tsx';

applyLanguage(document.documentElement);
render(<Options />, document.getElementById('app') as HTMLElement);
