// Every collection a page reads, each checked by one schema from src/schemas/.
// Content lives in content/ at the project root, apart from the code.
import { defineCollection } from 'astro:content';

export const collections = {};

// Keeps the import used until the first collection is declared.
void defineCollection;
