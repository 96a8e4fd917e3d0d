import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.js';
import { checkCvr } from './cvr.js';
import { CvrInput } from './CvrInput.js';

function Field() {
  const [value, setValue] = useState('');
  return <CvrInput value={value} onChange={setValue} />;
}

describe('checkCvr (modulus 11, weights 2,7,6,5,4,3,2,1)', () => {
  it.each(['13748136', '10403782', '25313763'])('accepts %s', (cvr) => expect(checkCvr(cvr)).toBe('valid'));
  it.each(['13748137', '12345678', '0', '1374813a', '137481360'])('refuses %s', (cvr) => expect(checkCvr(cvr)).toBe('invalid'));
  it('waits for 8 digits before judging', () => {
    expect(checkCvr('')).toBe('empty');
    expect(checkCvr('1374813')).toBe('incomplete');
  });
});

describe('CvrInput', () => {
  it('says nothing while typing, flags a wrong check digit, confirms a valid number', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Field />);
    const input = screen.getByRole('textbox', { name: /CVR-nummer/ });
    await user.type(input, '1374813');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(input, '7');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/kontrolciffer passer ikke/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '13748136');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Gyldigt CVR-nummer')).toBeInTheDocument();
  });

  it('drops spaces and stops at 8 characters', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Field />);
    const input = screen.getByRole('textbox', { name: /CVR-nummer/ });
    await user.type(input, '1374 8136 99');
    expect(input).toHaveValue('13748136');
  });
});
