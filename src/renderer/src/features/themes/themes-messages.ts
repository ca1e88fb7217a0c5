/** Interface texts of this feature, merged into the app's dictionary by i18n/messages.ts. */
import { defineMessages } from '../../i18n/define-messages';

export const themesMessages = defineMessages(
  {
  },
  {
  },
);
