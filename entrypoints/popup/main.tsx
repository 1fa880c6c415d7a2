import { render } from 'preact';

performance.mark('sourcelight:popup-start');

import '../../components/common/theme.css';
import '../../components/library/library.css';
import { FIRST_ROWS, PopupApp } from '../../components/library/PopupApp';
import { createPopupApi } from './api';

render(<PopupApp api={createPopupApi(FIRST_ROWS)} />, document.getElementById('app') as HTMLElement);
