import { SAFEGUARD_IDS, type SafeguardId } from '../lib/analysis/schema.ts';
import { safeguardLabel } from './labels.ts';
import { t } from './state.ts';

export function SafeguardSelect(props: {
  id?: string;
  value: SafeguardId | null | '';
  onChange: (v: SafeguardId | null) => void;
  emptyLabel?: string;
  label?: string;
}) {
  return (
    <select
      id={props.id}
      aria-label={props.label ?? t('category')}
      value={props.value ?? ''}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        props.onChange(v ? (v as SafeguardId) : null);
      }}
    >
      <option value="">{props.emptyLabel ?? t('noCategory')}</option>
      {SAFEGUARD_IDS.map((id) => (
        <option key={id} value={id}>
          {safeguardLabel(id)}
        </option>
      ))}
    </select>
  );
}
