import { loadShard } from "./files";

loadShard(2);
