import { render } from 'preact';
import { applyLanguage } from '../shared/i18n.ts';
import { Popup } from './Popup.tsx';

applyLanguage(document.documentElement);
render(<Popup />, document.getElementById('app') as HTMLElement);
