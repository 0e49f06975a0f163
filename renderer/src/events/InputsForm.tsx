import { useId } from 'react';
import type { FluxProperty } from '../../../shared/model';
import { fieldText, parseInputs, withField } from './event-form';

/** One field per declared input of the service the event starts, in step with the inputs JSON. */
export function InputsForm({ service, inputs, text, onChange }: { service: string; inputs: FluxProperty[]; text: string; onChange(text: string): void }) {
  const id = useId();
  const parsed = parseInputs(text);
  const values = parsed.ok ? parsed.value : {};
  return (
    <fieldset className="inputs-form">
      <legend>Inputs of {service}</legend>
      {inputs.map((property, i) => {
        const fieldId = `${id}-${i}`;
        const required = property.allowNull === false;
        const label = `${property.name}${required ? ' *' : ''}`;
        const value = fieldText(values[property.name]);
        return (
          <div key={property.name} className="inputs-form__row">
            <label htmlFor={fieldId} title={property.comments}>
              {label} <span className="inputs-form__type">{property.type ?? 'string'}</span>
            </label>
            {property.choices && property.choices.length > 0 ? (
              <select id={fieldId} aria-label={property.name} value={value} onChange={(e) => onChange(withField(text, property, e.target.value))}>
                <option value="">—</option>
                {property.choices.map((choice) => (
                  <option key={fieldText(choice)} value={fieldText(choice)}>
                    {fieldText(choice)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={fieldId}
                aria-label={property.name}
                value={value}
                placeholder={property.defaultValue !== undefined ? `default ${fieldText(property.defaultValue)}` : undefined}
                onChange={(e) => onChange(withField(text, property, e.target.value))}
                spellCheck={false}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
