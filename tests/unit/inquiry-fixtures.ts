/** Shared inputs for the inquiry's unit tests. */
export const validInquiry = {
  agencyName: 'Springfield Police Department',
  agencyType: 'municipal-police',
  city: 'Springfield',
  state: 'IL',
  name: 'Pat Doe',
  title: 'Chief of Police',
  email: 'pat.doe@springfield.gov',
  phone: '+1 (217) 555-0100',
  expertise: ['criminal-investigations', 'forensics'],
  participation: ['ilea'],
  message: 'We train 40 recruits a year.\nWe would like to help.',
};
