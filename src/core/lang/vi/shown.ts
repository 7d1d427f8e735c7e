/** Vietnamese as the user sees it: the pane's words, the messages, the sheets we write (no reading words). */
import type { UiPack } from '../types';
import { messages } from './messages';
import { sheets } from './sheets';
import { ui } from './ui';

export const shown: UiPack = { code: 'vi', name: 'Tiếng Việt', ui, messages, sheets };
