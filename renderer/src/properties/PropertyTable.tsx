import { PROPERTY_TYPES, type FluxProperty } from '../../../shared/model';
import { choicesText, freshPropertyName, parseChoices, parseValue, patchProperty, valueText } from './property-rows';
import { Section, TextField } from './fields';

export interface PropertyTableProps {
  /** "Inputs" or "Outputs": the section's title; rows are named after it ("Input 1 name"). */
  title: 'Inputs' | 'Outputs';
  properties: readonly FluxProperty[];
  onChange(properties: FluxProperty[]): void;
}

/** Declared inputs or outputs as rows: name, type, required, default, choices, comment; add and remove rows. */
export function PropertyTable({ title, properties, onChange }: PropertyTableProps) {
  const noun = title === 'Inputs' ? 'Input' : 'Output';
  const replace = (index: number, patch: Partial<FluxProperty>) =>
    onChange(properties.map((p, i) => (i === index ? patchProperty(p, patch) : p)));
  const add = () => onChange([...properties, { name: freshPropertyName(noun.toLowerCase(), properties) }]);
  const remove = (index: number) => onChange(properties.filter((_, i) => i !== index));
  return (
    <Section
      title={title}
      actions={
        <button type="button" className="icon-button" aria-label={`Add ${noun}`} title={`Add ${noun}`} onClick={add}>
          +
        </button>
      }
    >
      {properties.length === 0 && <p className="props-empty">No {title.toLowerCase()}.</p>}
      {properties.map((property, index) => {
        const row = `${noun} ${index + 1}`;
        const type = property.type ?? 'string';
        const knownType = (PROPERTY_TYPES as readonly string[]).includes(type);
        return (
          <div key={index} className="property-row" role="group" aria-label={`${row}: ${property.name}`}>
            <div className="property-row__line">
              <TextField
                label={`${row} name`}
                hideLabel
                value={property.name}
                placeholder="name"
                problem={(v) => (v.trim() === '' ? 'A name is needed.' : properties.some((p, i) => i !== index && p.name === v.trim()) ? `Another ${noun.toLowerCase()} is named ${v.trim()}.` : undefined)}
                onCommit={(name) => name.trim() && replace(index, { name: name.trim() })}
              />
              <select
                aria-label={`${row} type`}
                value={type}
                onChange={(e) => replace(index, { type: e.target.value === 'string' && property.type === undefined ? undefined : e.target.value })}
              >
                {!knownType && <option value={type}>{type} (unknown)</option>}
                {PROPERTY_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
              <label className="property-row__check" title="Required: the value may not be null (allowNull false)">
                <input type="checkbox" aria-label={`${row} required`} checked={property.allowNull === false} onChange={(e) => replace(index, { allowNull: e.target.checked ? false : undefined })} />
                req
              </label>
              <button type="button" className="icon-button" aria-label={`Remove ${row}`} title={`Remove ${property.name}`} onClick={() => remove(index)}>
                ×
              </button>
            </div>
            {type === 'model' && (
              <TextField hideLabel label={`${row} model`} value={property.reference ?? ''} placeholder="model name" onCommit={(v) => replace(index, { reference: v.trim() || undefined })} />
            )}
            <div className="property-row__line">
              <TextField hideLabel label={`${row} default`} value={valueText(property.defaultValue)} placeholder="default" onCommit={(v) => replace(index, { defaultValue: parseValue(v, property.type) })} />
              <TextField hideLabel label={`${row} choices`} value={choicesText(property.choices)} placeholder="a, b, c" onCommit={(v) => replace(index, { choices: parseChoices(v, property.type) })} />
            </div>
            <TextField hideLabel label={`${row} comment`} value={property.comments ?? ''} placeholder="comment" onCommit={(v) => replace(index, { comments: v || undefined })} />
          </div>
        );
      })}
    </Section>
  );
}
