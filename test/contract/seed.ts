// The user every contract run starts from: the reference server's demo agent, and an email that
// belongs to someone else. MemoryAdapter's defaults match it.
import type { ContractSeed } from '@profile-elements/core/contract';

export const seed: ContractSeed = {
  name: 'Jane Doe',
  displayName: 'Jane',
  email: 'agent@example.com',
  password: 'Password1!',
  takenEmail: 'taken@example.com',
};
