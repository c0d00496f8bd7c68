// Guidance templates: the built-in models (read-only) and the adviser's own
// versions of them, with export and import to share them.
import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { ImportTemplate } from './ImportTemplate';
import { TemplateCard } from './TemplateCard';

type Props = { notice: string | undefined };

export function TemplatesScreen({ notice }: Props) {
  const templates = useQuery('templates.list', {});
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const builtIn = templates.value?.filter((template) => template.builtIn) ?? [];
  const own = templates.value?.filter((template) => !template.builtIn) ?? [];

  const changed = (text: string, focusTemplateId?: string) => {
    setProblem('');
    setMessage(text);
    templates.reload();
    if (focusTemplateId)
      window.setTimeout(() => document.getElementById(`template-${focusTemplateId}-name`)?.focus(), 100);
  };
  const cardProps = {
    onChanged: changed,
    onProblem: (text: string) => {
      setMessage('');
      setProblem(text);
    },
  };

  return (
    <>
      <ScreenHeading>Guidance templates</ScreenHeading>
      <p className="screen-intro">
        Each interview follows a template: the stages of a guidance model with prompts to glance at. Duplicate a
        built-in model to make your own version.
      </p>
      <StatusMessage id="templates-status" message={message || notice || ''} />
      <FormAlert id="templates-problem" message={problem} />
      {!templates.value ? (
        <LoadingOrProblem query={templates} what="the templates" />
      ) : (
        <>
          <section className="panel" aria-labelledby="own-templates-heading">
            <h2 id="own-templates-heading">Your templates</h2>
            {own.length === 0 ? (
              <p className="not-recorded">None yet. Duplicate a built-in model below, or import a template file.</p>
            ) : (
              <ul className="template-list">
                {own.map((template) => (
                  <TemplateCard key={template.id} template={template} {...cardProps} />
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="built-in-templates-heading">
            <h2 id="built-in-templates-heading">Built-in models</h2>
            <ul className="template-list">
              {builtIn.map((template) => (
                <TemplateCard key={template.id} template={template} {...cardProps} />
              ))}
            </ul>
          </section>
        </>
      )}
      <ImportTemplate onImported={(name) => changed(`Imported “${name}”.`)} />
    </>
  );
}
