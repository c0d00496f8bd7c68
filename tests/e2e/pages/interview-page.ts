// Page model: an interview (stages, notes, actions, details, pictures, Finish)
// and the client page's interview controls.
import type { Page } from '@playwright/test';

export function interviewScreen(page: Page) {
  const stages = page.getByRole('navigation', { name: 'Stages' });
  const actions = page.getByRole('region', { name: 'Actions agreed' });
  const details = page.getByRole('region', { name: 'Details and scores' });
  const pictures = page.getByRole('region', { name: 'Photos and pictures' });
  const finish = page.getByRole('region', { name: /^(Finish|Interview finished)$/ });
  return {
    heading: (clientName: string) => page.getByRole('heading', { level: 1, name: `Interview with ${clientName}` }),
    stages,
    stage: (title: string) => stages.getByRole('button', { name: new RegExp(`^${title}( \\(has notes\\))?$`) }),
    currentStage: stages.locator('[aria-current="step"]'),
    stageHeading: page.getByRole('heading', { level: 2 }).first(),
    notes: page.getByRole('textbox', { name: /^Notes: / }),
    notesFor: (title: string) => page.getByRole('textbox', { name: `Notes: ${title}` }),
    saveStatus: page.locator('#notes-save-status'),
    saveProblem: page.locator('#notes-save-status-problem'),
    nextStage: page.getByRole('button', { name: 'Next stage' }),
    previousStage: page.getByRole('button', { name: 'Previous stage' }),
    previousActions: page.getByRole('region', { name: 'From last time' }),
    actions,
    actionItems: actions.getByRole('listitem'),
    actionText: actions.getByLabel('What will be done'),
    actionOwner: actions.getByLabel('Who will do it'),
    actionSupporter: actions.getByLabel('Their name'),
    actionDue: actions.getByLabel('By when (optional)'),
    addAction: actions.getByRole('button', { name: 'Add action' }),
    details,
    detailsStatus: page.locator('#details-save-status'),
    addScore: details.getByRole('button', { name: 'Add a score' }),
    score: (index: number) => details.getByRole('group', { name: `Score ${index}` }),
    recordDestination: details.getByRole('button', { name: 'Record an intended destination' }),
    recordOffer: details.getByRole('button', { name: 'Record an offer' }),
    pictures,
    pictureInput: page.getByLabel('Attach a photo or picture'),
    pictureProblem: pictures.locator('.field-error'),
    thumbnails: pictures.getByRole('img'),
    finish,
    finishButton: page.getByRole('button', { name: /^(Finish the interview|Finishing…)$/ }),
    createPlan: page.getByRole('button', { name: 'Create the action plan from this interview' }),
    reviewPlan: page.getByRole('button', { name: 'Record the plan’s outcomes' }),

    async addActionWith(
      text: string,
      owner: 'The client' | 'Me (the adviser)' | 'Someone supporting them' = 'The client',
      supporter = '',
    ): Promise<void> {
      await this.actionText.fill(text);
      await this.actionOwner.selectOption({ label: owner });
      if (supporter) await this.actionSupporter.fill(supporter);
      await this.addAction.click();
    },
  };
}

export function clientInterviews(page: Page) {
  const start = page.getByRole('region', { name: 'Start an interview' });
  const list = page.getByRole('region', { name: 'Interviews' });
  return {
    model: start.getByLabel('Guidance model'),
    mode: start.getByLabel('How it is held'),
    start: start.getByRole('button', { name: /^(Start interview|Starting…)$/ }),
    list,
    rows: list.getByRole('row'),
    open: (dateText: string) => list.getByRole('button', { name: `Open the interview of ${dateText}` }),
    charts: list.getByRole('img'),
    chartTable: (label: string) => list.getByRole('table', { name: `${label} scores by interview` }),
    actionPlan: page.getByRole('button', { name: 'Action plan' }),
  };
}

export function draftNotice(page: Page) {
  const region = page.getByRole('region', { name: /^Interviews? in progress$/ });
  return {
    region,
    continueWith: (clientName: string) =>
      region.getByRole('button', { name: `Continue the interview with ${clientName}` }),
  };
}
