import '@fontsource-variable/inter';
import './ui/tokens.css';
import './ui/base.css';
import './ui/dialog.css';
import './ui/nav-links.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiClient, defaultTransport } from './api/client';
import { App } from './app/App';
import { CurrentLearnerProvider } from './features/learn/current-learner';
import { TrainerSessionProvider } from './features/trainer/trainer-session';
import { claimReactAriaPressableStyle } from './ui/react-aria-csp';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

claimReactAriaPressableStyle();
createRoot(container).render(
  <StrictMode>
    <ApiProvider api={createApiClient(defaultTransport())}>
      <CurrentLearnerProvider>
        <TrainerSessionProvider>
          <App />
        </TrainerSessionProvider>
      </CurrentLearnerProvider>
    </ApiProvider>
  </StrictMode>,
);
