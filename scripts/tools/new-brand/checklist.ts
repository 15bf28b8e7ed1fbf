import { apiUrlFor, appDomainFor } from './options.ts';

export type ChecklistStepId = 'brand' | 'env' | 'logo' | 'dns' | 'deploy' | 'admin' | 'backups' | 'alerts';

export interface ChecklistStep {
  id: ChecklistStepId;
  text: string;
}

export interface ChecklistInput {
  name: string;
  domain: string;
  /** As the operator should see them, e.g. `brands/cliente3/`. */
  brandDir: string;
  envFile: string;
}

/** Everything it takes to onboard a client, in order; `brand:new` does the first two. */
export function checklistSteps({ name, domain, brandDir, envFile }: ChecklistInput): ChecklistStep[] {
  const app = `https://${appDomainFor(name, domain)}`;
  const api = apiUrlFor(name, domain);
  return [
    { id: 'brand', text: `Brand folder ${brandDir} with brand.json and a placeholder logo` },
    { id: 'env', text: `Client settings and fresh JWT secrets in ${envFile} (mode 0600, git-ignored)` },
    {
      id: 'logo',
      text: `Logo: replace the placeholder ${brandDir}logo.png with the real logo (logo.png or logo.svg), then npm run brand:check -- ${name}`,
    },
    {
      id: 'dns',
      text: `DNS: point ${appDomainFor(name, domain)} and api-${name}.${domain} at the server (A or CNAME records)`,
    },
    {
      id: 'deploy',
      text: `Deploy: the backend with ${envFile}; the frontend with STACK_NAME=${name} npm run build (serves dist/${name}/ at ${app})`,
    },
    {
      id: 'admin',
      text: `First admin user: log in at ${app}, create the client's admin user and change the default admin password`,
    },
    { id: 'backups', text: `Backups: add the client's database and ${envFile} to the backup job` },
    { id: 'alerts', text: `Alerts: monitor ${app} and ${api} (uptime and certificate expiry)` },
  ];
}

/** The checklist as text, the steps in `done` ticked. */
export function renderChecklist(input: ChecklistInput, done: ReadonlySet<ChecklistStepId>): string {
  const lines = checklistSteps(input).map((step) => `  [${done.has(step.id) ? 'x' : ' '}] ${step.text}`);
  return `Onboarding checklist for ${input.name}:\n${lines.join('\n')}\n`;
}
