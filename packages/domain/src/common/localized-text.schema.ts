import { z } from 'zod';

export const localizedTextSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) });
