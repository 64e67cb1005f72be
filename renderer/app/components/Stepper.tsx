// − n + with big touch targets; the buttons name what they change.
export function Stepper({
  value,
  min,
  max,
  onChange,
  decLabel,
  incLabel,
  valueLabel,
  className = "",
}: {
  value: number;
  min: number;
  max: number;
  onChange: (n: number) => void;
  decLabel: string;
  incLabel: string;
  valueLabel: string;
  className?: string;
}) {
  return (
    <div className={`stepper ${className}`} role="group" aria-label={valueLabel}>
      <button type="button" className="stepper-button" aria-label={decLabel} disabled={value <= min} onClick={() => onChange(value - 1)}>
        <span aria-hidden="true">−</span>
      </button>
      <output className="stepper-value" aria-live="polite">
        {value}
      </output>
      <button type="button" className="stepper-button" aria-label={incLabel} disabled={value >= max} onClick={() => onChange(value + 1)}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
