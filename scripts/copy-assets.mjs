// Copies the data files the built code reads at run time (brand profiles) next to it in dist/.
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/brands/profiles', { recursive: true });
cpSync('src/brands/profiles', 'dist/brands/profiles', { recursive: true });
