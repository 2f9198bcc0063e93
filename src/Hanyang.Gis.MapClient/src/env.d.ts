// Vite bundles CSS imports; tell the compiler they exist.
declare module '*.css';
