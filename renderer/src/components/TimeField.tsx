// A time of day typed as the 24-hour "HH:MM" the contract carries: five
// characters, the number keypad on a touch screen, and no autofill from
// other forms' times.
import { TextField, type TextFieldProps } from './TextField';

type Props = Omit<TextFieldProps, 'type' | 'inputProps'>;

export function TimeField(props: Props) {
  return <TextField {...props} inputProps={{ maxLength: 5, inputMode: 'numeric', autoComplete: 'off' }} />;
}
