import { render } from 'preact';
import { applyLanguage, t } from '../shared/i18n.ts';
import { Welcome } from './Welcome.tsx';

applyLanguage(document.documentElement);
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app') as HTMLElement);
