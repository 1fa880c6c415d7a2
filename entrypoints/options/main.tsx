import { render } from 'preact';
import '../../components/common/theme.css';
import './options.css';
import { createOptionsApi } from './api';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp api={createOptionsApi()} />, document.getElementById('app') as HTMLElement);
