import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.js';
import { InterviewForm } from './InterviewForm.js';

function renderForm() {
  const onSubmit = vi.fn();
  renderWithProviders(<InterviewForm busy={false} timeLabel="Tidspunkt for samtalen" submitLabel="Gem tidspunkt" onSubmit={onSubmit} />);
  fireEvent.change(screen.getByLabelText(/Tidspunkt for samtalen/), { target: { value: '2027-06-15T10:30' } });
  return onSubmit;
}

describe('InterviewForm', () => {
  it('sends an interview in person without an address by default', async () => {
    const onSubmit = renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem tidspunkt' }));
    expect(onSubmit).toHaveBeenCalledWith({ at: new Date('2027-06-15T10:30').toISOString(), mode: 'IN_PERSON', location: null });
  });

  it('asks for an https meeting link by video, in Danish, and sends nothing until it has one', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Video' }));
    await user.click(screen.getByRole('button', { name: 'Gem tidspunkt' }));
    expect(screen.getByText('En videosamtale skal have et mødelink.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Mødelink/ }), 'http://meet.example.dk/a');
    expect(screen.getByText('Mødelinket skal begynde med https://.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.clear(screen.getByRole('textbox', { name: /Mødelink/ }));
    await user.type(screen.getByRole('textbox', { name: /Mødelink/ }), 'https://meet.example.dk/a');
    await user.click(screen.getByRole('button', { name: 'Gem tidspunkt' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ mode: 'VIDEO', location: 'https://meet.example.dk/a' }));
  });

  it('checks a phone number', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Telefon' }));
    await user.type(screen.getByRole('textbox', { name: /Telefonnummer/ }), 'ring mig');
    await user.click(screen.getByRole('button', { name: 'Gem tidspunkt' }));
    expect(screen.getByText('Skriv et telefonnummer med 6 til 15 cifre.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
