import { render } from 'preact';

performance.mark('sourcelight:popup-start');

import '../../components/common/theme.css';
import '../../components/library/library.css';
import { FIRST_ROWS, PopupApp, type View } from '../../components/library/PopupApp';
import { createPopupApi } from './api';

// `?view=library` opens on the library (the library in a tab, for importing a backup).
const asked = new URLSearchParams(location.search).get('view');
const initialView = asked === 'library' || asked === 'page' ? (asked as View) : undefined;

render(
  <PopupApp api={createPopupApi(FIRST_ROWS)} initialView={initialView} />,
  document.getElementById('app') as HTMLElement,
);
